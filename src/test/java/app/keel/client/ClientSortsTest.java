package app.keel.client;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSortsTest {

    @Test
    void unknown_sort_properties_fall_back_to_name_and_every_sort_ends_on_id() {
        Pageable sanitized = ClientSorts.sanitize(PageRequest.of(2, 25, Sort.by("notes; drop table client")));
        assertThat(sanitized.getPageNumber()).isEqualTo(2);
        assertThat(sanitized.getPageSize()).isEqualTo(25);
        assertThat(sanitized.getSort().stream().map(Sort.Order::getProperty))
                .containsExactly("lower(c.fullName)", "id");
    }

    @Test
    void last_activity_keeps_its_direction_and_puts_never_active_clients_last() {
        Sort.Order first = ClientSorts.sanitize(PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "lastActivityAt")))
                .getSort().iterator().next();
        assertThat(first.getProperty()).isEqualTo("lastActivityAt");
        assertThat(first.getDirection()).isEqualTo(Sort.Direction.DESC);
        assertThat(first.getNullHandling()).isEqualTo(Sort.NullHandling.NULLS_LAST);
    }
}
