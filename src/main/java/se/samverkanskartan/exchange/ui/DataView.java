package se.samverkanskartan.exchange.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import se.samverkanskartan.accounts.CurrentUser;
import se.samverkanskartan.accounts.Role;
import se.samverkanskartan.exchange.DataExport;
import se.samverkanskartan.exchange.DatabaseDump;
import se.samverkanskartan.exchange.ImportTemplates;
import se.samverkanskartan.exchange.TableImport;
import se.samverkanskartan.shell.MainLayout;

/**
 * Data out (GraphML, GEXF, CSV, Excel, a JSON backup) and in (the backup, checked first).
 */
@Route(value = "data", layout = MainLayout.class)
@com.vaadin.flow.server.auth.AnonymousAllowed
public class DataView extends VerticalLayout implements HasDynamicTitle {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ImportPanel importPanel;

	DataView(DataExport export, DatabaseDump dump, TableImport tables, ImportTemplates templates, CurrentUser user) {
		addClassName("page-body");
		this.importPanel = new ImportPanel(dump, tables, user, false);
		var exports = new HorizontalLayout();
		exports.setWrap(true);
		for (DataExport.Format format : DataExport.Format.values()) {
			exports.add(download(getTranslation("data.export." + format.name().toLowerCase(java.util.Locale.ROOT)),
					"samverkanskartan." + format.extension(), format.mediaType(),
					() -> export.export(format, getLocale()),
					"export-" + format.name().toLowerCase(java.util.Locale.ROOT)));
		}
		exports.add(download(getTranslation("data.export.dump"), "samverkanskartan-" + LocalDate.now() + ".json",
				"application/json", dump::dump, "export-dump"));
		var upload = new Upload();
		upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			this.importPanel.check(metadata.fileName(), bytes);
			// The next file replaces this one
			upload.clearFileList();
		}));
		upload.setAcceptedFileTypes(".json", ".csv", ".xlsx", ".graphml");
		upload.setMaxFiles(1);
		upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("data.import.drop")));
		upload.addClassName("import-upload");
		var templateLinks = new HorizontalLayout(
				download(getTranslation("data.template.xlsx"), "samverkanskartan-mall.xlsx", XLSX,
						() -> templates.workbook(getLocale()), "template-xlsx"),
				download(getTranslation("data.template.csv"), "samverkanskartan-mall-csv.zip", "application/zip",
						templates::csvZip, "template-csv"),
				download(getTranslation("data.template.survey"), "enkatmall-bilaga-1.xlsx", XLSX,
						() -> templates.survey(getLocale()), "template-survey"));
		templateLinks.setWrap(true);
		upload.setI18n(UploadTexts.of(this));
		add(new H2(getTranslation("data.title")), new H3(getTranslation("data.export.title")),
				new Paragraph(getTranslation("data.export.help")), exports);
		if (user.can(Role.EDITOR)) {
			add(new H3(getTranslation("data.import.title")), new Paragraph(getTranslation("data.import.help")),
					templateLinks, upload, this.importPanel);
		}
		if (user.can(Role.ADMIN)) {
			var restorePanel = new ImportPanel(dump, tables, user, true);
			var restoreUpload = new Upload();
			restoreUpload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
				restorePanel.check(metadata.fileName(), bytes);
				restoreUpload.clearFileList();
			}));
			restoreUpload.setAcceptedFileTypes(".json");
			restoreUpload.setMaxFiles(1);
			restoreUpload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("data.restore.drop")));
			restoreUpload.addClassName("restore-upload");
			restoreUpload.setI18n(UploadTexts.of(this));
			add(new H3(getTranslation("data.restore.title")), new Paragraph(getTranslation("data.restore.help")),
					restoreUpload, restorePanel);
		}
	}

	private static Anchor download(String text, String fileName, String mediaType, Supplier<byte[]> content,
			String className) {
		var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
			byte[] bytes = content.get();
			return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
		}), text);
		anchor.addClassName(className);
		return anchor;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("data.title") + " – " + getTranslation("app.title");
	}

}
