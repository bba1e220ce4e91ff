package se.samverkanskartan.survey;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;

/**
 * Invitations by e-mail through the SMTP server in {@code SMTP_HOST} (Spring Mail), from
 * the Swedish template in the message bundles; without a server the rounds page shows the
 * links to copy instead.
 */
@Service
public class Invitations {

	private final ObjectProvider<JavaMailSender> mail;

	private final String from;

	private final MailTemplates templates;

	Invitations(ObjectProvider<JavaMailSender> mail, @Value("${samverkanskartan.mail.from:}") String from,
			MailTemplates templates) {
		this.mail = mail;
		this.from = from;
		this.templates = templates;
	}

	/** Whether an SMTP server is configured. */
	public boolean available() {
		JavaMailSender sender = this.mail.getIfAvailable();
		return sender != null && (!(sender instanceof JavaMailSenderImpl impl) || StringUtils.hasText(impl.getHost()));
	}

	/**
	 * Sends the invitation with the personal link.
	 * @param link the link just made (its token is in the mail only)
	 * @param address the app's address, e.g. https://samverkanskartan.example.se
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public void send(Round round, String organisationName, String respondentName, String email, IssuedLink link,
			String address) {
		mail(MailTemplates.Kind.INVITATION, round, organisationName, respondentName, email, link, address);
	}

	/**
	 * Sends a reminder with a new personal link (the one sent before no longer works).
	 */
	@PreAuthorize("hasRole('EDITOR')")
	public void remind(Round round, String organisationName, String respondentName, String email, IssuedLink link,
			String address) {
		mail(MailTemplates.Kind.REMINDER, round, organisationName, respondentName, email, link, address);
	}

	private void mail(MailTemplates.Kind kind, Round round, String organisationName, String respondentName,
			String email, IssuedLink link, String address) {
		if (!available()) {
			throw new IllegalStateException("No SMTP server configured (SMTP_HOST)");
		}
		var message = new SimpleMailMessage();
		if (StringUtils.hasText(this.from)) {
			message.setFrom(this.from);
		}
		message.setTo(email);
		MailTemplates.Template filled = this.templates.template(round.id(), kind)
			.fill(respondentName, round.name(), organisationName, address + link.path(), round.closes().toString());
		message.setSubject(filled.subject());
		message.setText(filled.body());
		this.mail.getObject().send(message);
	}

}
