package app.keel.support;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceMethodsTest {

    @Test
    void scanning_finds_every_public_method_of_every_service_including_package_private_ones() {
        Set<String> methods = ServiceMethods.publicMethods("app.keel");
        assertThat(methods).contains("AccountService#inviteClient(long,long)",
                "ClientService#get(long)", "KeelUserDetailsService#loadUserByUsername(String)");
        assertThat(methods).noneMatch(m -> m.startsWith("SessionSignIn#") || m.startsWith("AuditTrail#"));
    }

    @Test
    void a_new_public_method_without_a_case_is_reported_by_name() {
        Set<String> all = ServiceMethods.publicMethods("app.keel.studio");
        Set<String> calledBefore = Set.of("StudioService#get(long)", "StudioService#anyExists()");
        assertThat(ServiceMethods.uncovered(all, calledBefore))
                .as("a method of the studio service that the pretend matrix never called")
                .contains("StudioService#create(String,String,String)")
                .doesNotContain("StudioService#get(long)");
    }
}
