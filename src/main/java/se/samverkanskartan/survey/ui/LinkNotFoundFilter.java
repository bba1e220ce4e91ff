package se.samverkanskartan.survey.ui;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import se.samverkanskartan.survey.RespondentLinks;

/**
 * Answers the address of a link that opens no form ({@code /svar/<token>}: wrong,
 * revoked) with status 404 and a plain page that says only that, before Vaadin's page
 * (which always answers 200) loads.
 */
@Component
class LinkNotFoundFilter extends OncePerRequestFilter {

	static final String PATH = "/svar/";

	private final RespondentLinks links;

	LinkNotFoundFilter(RespondentLinks links) {
		this.links = links;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith(PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = request.getRequestURI().substring(PATH.length());
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		if (this.links.open(token, today).isPresent() || this.links.closedRound(token, today).isPresent()) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.of("sv");
		ResourceBundle texts = ResourceBundle.getBundle("i18n.messages", locale);
		String title = HtmlUtils.htmlEscape(texts.getString("respond.invalid.title"));
		String text = HtmlUtils.htmlEscape(texts.getString("respond.invalid.text"));
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		response.setContentType("text/html");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
					+ "</title></head><body style=\"font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto;"
					+ " padding: 0 1rem\"><main><h1>" + title + "</h1><p>" + text + "</p></main></body></html>");
	}

}
