package se.samverkanskartan.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's own texts through the translations. */
final class UploadTexts {

	private UploadTexts() {
	}

	static UploadI18N of(Component owner) {
		var i18n = new UploadI18N();
		i18n.setAddFiles(new UploadI18N.AddFiles().setOne(owner.getTranslation("upload.add-one"))
			.setMany(owner.getTranslation("upload.add-many")));
		i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("data.import.drop"))
			.setMany(owner.getTranslation("data.import.drop")));
		i18n.setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("upload.too-many"))
			.setFileIsTooBig(owner.getTranslation("upload.too-big"))
			.setIncorrectFileType(owner.getTranslation("upload.wrong-type")));
		i18n.setUploading(new UploadI18N.Uploading()
			.setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation("upload.connecting"))
				.setProcessing(owner.getTranslation("upload.processing"))
				.setHeld(owner.getTranslation("upload.held"))
				.setStalled(owner.getTranslation("upload.stalled")))
			.setRemainingTime(
					new UploadI18N.Uploading.RemainingTime().setPrefix(owner.getTranslation("upload.remaining"))
						.setUnknown(owner.getTranslation("upload.remaining-unknown")))
			.setError(new UploadI18N.Uploading.Error().setServerUnavailable(owner.getTranslation("upload.server-error"))
				.setUnexpectedServerError(owner.getTranslation("upload.server-error"))
				.setForbidden(owner.getTranslation("upload.forbidden"))));
		i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB")));
		return i18n;
	}

}
