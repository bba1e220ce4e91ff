package se.samverkanskartan.survey.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import se.samverkanskartan.survey.Invitations;
import se.samverkanskartan.survey.Reminders;
import se.samverkanskartan.survey.RespondentLinks;
import se.samverkanskartan.survey.RespondentStatus;
import se.samverkanskartan.survey.Round;

/**
 * A round's status: each respondent with their state and its dates, the response rate,
 * reminders to those not done (by e-mail, or new links as CSV without a mail server), a
 * new link or revocation per respondent, and the list as CSV or XLSX.
 */
class RoundStatus extends Div {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private final RespondentLinks links;

	private final Reminders reminders;

	private final Invitations invitations;

	private final Supplier<String> address;

	private final Grid<RespondentStatus> grid = new Grid<>();

	private final Paragraph rate = new Paragraph();

	private final Paragraph message = new Paragraph();

	private final TextField newLink = new TextField();

	private final Button remind = new Button();

	private final Div downloads = new Div();

	private final Paragraph noMail = new Paragraph();

	private final Paragraph withoutRespondents = new Paragraph();

	private Round round;

	private List<RespondentStatus> shown = List.of();

	RoundStatus(RespondentLinks links, Reminders reminders, Invitations invitations, Supplier<String> address) {
		this.links = links;
		this.reminders = reminders;
		this.invitations = invitations;
		this.address = address;
		addClassName("round-status");
		this.rate.addClassName("round-rate");
		this.message.addClassName("round-message");
		this.message.getElement().setAttribute("aria-live", "polite");
		this.newLink.setReadOnly(true);
		this.newLink.setWidthFull();
		this.newLink.setVisible(false);
		this.newLink.addClassName("reissued-link");
		// Narrow columns whose text wraps: the whole table fits 1280 px without cutting a
		// word; narrower, the organisation and the link buttons stay while the rest
		// scrolls
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addColumn(RespondentStatus::organisationName)
			.setHeader(getTranslation("rounds.organisation"))
			.setWidth("10rem")
			.setFlexGrow(1)
			.setFrozen(true);
		this.grid
			.addColumn(LitRenderer
				.<RespondentStatus>of("<div>${item.name}</div><div class=\"respondent-address\">${item.email}</div>")
				.withProperty("name", RespondentStatus::name)
				.withProperty("email", RespondentStatus::email))
			.setHeader(getTranslation("rounds.respondent"))
			.setWidth("14rem")
			.setFlexGrow(2);
		this.grid.addColumn(this::state).setHeader(getTranslation("rounds.state")).setWidth("7.5rem").setFlexGrow(0);
		date("rounds.invited", RespondentStatus::invited);
		date("rounds.opened", RespondentStatus::opened);
		date("rounds.submitted", RespondentStatus::submitted);
		date("rounds.reminded", RespondentStatus::reminded);
		// Buttons drawn in the browser, not a component per row: 300 rows open in time
		this.grid
			.addColumn(LitRenderer
				.<RespondentStatus>of(
						"""
								<vaadin-button theme="small tertiary" class="respondent-reissue" @click=${reissue}>${item.reissue}</vaadin-button>
								<vaadin-button theme="small tertiary error" class="respondent-revoke" ?disabled=${item.revoked}
								  @click=${revoke}>${item.revoke}</vaadin-button>""")
				.withProperty("reissue", status -> getTranslation("rounds.reissue"))
				.withProperty("revoke", status -> getTranslation("rounds.revoke"))
				.withProperty("revoked", RespondentStatus::revoked)
				.withFunction("reissue", this::reissue)
				.withFunction("revoke", this::revoke))
			.setHeader(getTranslation("rounds.actions"))
			.setWidth("12.5rem")
			.setFlexGrow(0)
			.setFrozenToEnd(true);
		this.grid.addClassName("round-respondents");
		this.remind.addClassName("round-remind");
		this.remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.remind.addClickListener(click -> remind());
		// Shown with a round's respondents (without a round it would be a button without
		// a name)
		this.remind.setVisible(false);
		this.downloads.addClassName("round-downloads");
		this.noMail.setText(getTranslation("rounds.remind-no-smtp"));
		this.noMail.addClassName("round-no-mail");
		this.grid.setVisible(false);
		this.withoutRespondents.addClassName("round-without-respondents");
		add(this.rate, this.withoutRespondents, this.grid, this.remind, this.noMail, this.message, this.newLink,
				this.downloads);
	}

	void show(Round round) {
		this.round = round;
		this.shown = (round == null) ? List.of() : this.links.status(round.id());
		this.grid.setItems(this.shown);
		var asked = this.shown.stream()
			.map(RespondentStatus::organisationId)
			.collect(java.util.stream.Collectors.toSet());
		List<String> nobody = (round == null) ? List.of()
				: round.organisations().stream().filter(o -> !asked.contains(o.id())).map(Round.Asked::name).toList();
		this.withoutRespondents.setVisible(!nobody.isEmpty());
		this.withoutRespondents
			.setText(getTranslation("rounds.without-respondents", nobody.size(), String.join(", ", nobody)));
		// A short list in full; a long one scrolls inside the grid, which draws only the
		// rows
		// in view
		boolean allRows = this.shown.size() <= 15;
		this.grid.setAllRowsVisible(allRows);
		this.grid.setHeight(allRows ? null : "32rem");
		this.grid.setVisible(!this.shown.isEmpty());
		long submitted = this.shown.stream()
			.filter(respondent -> !respondent.waiting())
			.map(RespondentStatus::organisationId)
			.distinct()
			.count();
		this.rate.setText((round == null) ? getTranslation("rounds.none")
				: getTranslation("rounds.rate", submitted, round.organisations().size()));
		long waiting = this.shown.stream().filter(respondent -> !respondent.revoked() && respondent.waiting()).count();
		this.remind
			.setText((waiting == 0) ? getTranslation("rounds.remind-none") : getTranslation("rounds.remind", waiting));
		this.remind.setEnabled(waiting > 0 && this.invitations.available());
		this.remind.setVisible(!this.shown.isEmpty());
		this.noMail.setVisible(!this.shown.isEmpty() && !this.invitations.available());
		this.downloads.removeAll();
		if (round != null && !this.shown.isEmpty()) {
			this.downloads.add(download("csv", "text/csv", RoundStatusTable::csv), download("xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", RoundStatusTable::xlsx),
					newLinks(waiting));
		}
	}

	private void date(String header, Function<RespondentStatus, ZonedDateTime> value) {
		this.grid.addColumn(status -> format(value.apply(status)))
			.setHeader(getTranslation(header))
			.setWidth("7.5rem")
			.setFlexGrow(0);
	}

	static String format(ZonedDateTime time) {
		return (time == null) ? "" : TIME.format(time.withZoneSameInstant(ZONE));
	}

	private String state(RespondentStatus status) {
		return status.revoked() ? getTranslation("rounds.revoked") : getTranslation("rounds.state." + status.state());
	}

	private void reissue(RespondentStatus status) {
		var link = this.links.reissue(status.id());
		this.message.setText(getTranslation("rounds.reissued", status.name()));
		this.newLink.setValue(this.address.get() + link.path());
		this.newLink.setVisible(true);
		show(this.round);
	}

	private void revoke(RespondentStatus status) {
		this.links.revoke(status.id());
		this.message.setText(getTranslation("rounds.revoked-done", status.name()));
		this.newLink.setVisible(false);
		show(this.round);
	}

	private void remind() {
		var sent = this.reminders.send(this.round.id(), this.address.get());
		this.newLink.setVisible(false);
		this.message.setText(getTranslation("rounds.reminded-done", sent.sent()) + (sent.failed().isEmpty() ? ""
				: " " + getTranslation("rounds.remind-failed", String.join(", ", sent.failed()))));
		show(this.round);
	}

	private Anchor download(String extension, String contentType, RoundStatusTable.Writer writer) {
		var table = new RoundStatusTable((key, arguments) -> getTranslation(key, arguments));
		var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = writer.write(table, this.shown);
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName("rounds.file", extension),
					contentType, bytes.length);
		}), getTranslation("rounds.download", extension.toUpperCase(java.util.Locale.ROOT)));
		anchor.addClassName("download-" + extension);
		return anchor;
	}

	private Anchor newLinks(long waiting) {
		var table = new RoundStatusTable((key, arguments) -> getTranslation(key, arguments));
		Round shownRound = this.round;
		String base = this.address.get();
		var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = table.links(this.reminders.newLinks(shownRound.id(), base));
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName("rounds.links-file", "csv"),
					"text/csv", bytes.length);
		}), getTranslation("rounds.new-links"));
		anchor.setTitle(getTranslation("rounds.new-links-help"));
		anchor.addClassName("download-links");
		// Nothing to send: hidden rather than greyed out (a greyed link is unreadable)
		anchor.setVisible(waiting > 0);
		return anchor;
	}

	private String fileName(String key, String extension) {
		return getTranslation(key) + "-" + this.round.name().replaceAll("[^\\p{L}\\p{N}]+", "-") + "." + extension;
	}

}
