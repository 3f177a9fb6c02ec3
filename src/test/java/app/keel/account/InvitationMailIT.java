package app.keel.account;

import app.keel.client.ClientDetails;
import app.keel.client.ClientService;
import app.keel.support.KeelIntegrationTest;
import app.keel.support.TestFixtures.StudioSetup;
import app.keel.support.TestFixtures;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static app.keel.support.TestFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** With SMTP configured, an invitation also goes out by e-mail (to a real in-process SMTP server). */
@KeelIntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "keel.public-url=https://keel.example.org/", "keel.mail.from=studio@keel.example.org"})
class InvitationMailIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    TestFixtures fixtures;
    @Autowired
    ClientService clients;

    @Test
    void the_client_receives_a_link_that_works_once() throws Exception {
        StudioSetup studio = fixtures.newStudio();
        ClientDetails client = fixtures.client(studio.practitioner(), "Mailed Client");
        IssuedInvitation invitation = as(studio.practitioner(), () -> clients.invite(client.id(), 0));

        assertThat(invitation.emailed()).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(client.email());
        assertThat(received[0].getSubject()).contains("Studio ");
        assertThat(GreenMailUtil.getBody(received[0]))
                .contains("Hello Mailed Client")
                .contains("https://keel.example.org/invitation/" + invitation.token());
    }
}
