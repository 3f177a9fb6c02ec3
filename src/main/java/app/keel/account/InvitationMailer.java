package app.keel.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mails invitation links when SMTP is configured (spring.mail.host); otherwise the inviter copies the link. */
@Component
class InvitationMailer {

    private static final Logger log = LoggerFactory.getLogger(InvitationMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String publicUrl;
    private final String from;

    InvitationMailer(ObjectProvider<JavaMailSender> mailSender, @Value("${keel.public-url}") String publicUrl,
                     @Value("${keel.mail.from}") String from) {
        this.mailSender = mailSender;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        this.from = from;
    }

    /** @return whether the e-mail went out */
    boolean send(String to, String displayName, String studioName, String token) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("Your invitation to " + studioName + " on Keel");
        message.setText("""
                Hello %s,

                %s has invited you to Keel. Open this link to choose your password:

                %sinvitation/%s

                The link works once and for 7 days. If it has expired, ask the studio for a new one.
                """.formatted(displayName, studioName, publicUrl, token));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not e-mail an invitation: {}", e.getMessage());
            return false;
        }
    }
}
