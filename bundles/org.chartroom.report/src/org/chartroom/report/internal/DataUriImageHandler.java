package org.chartroom.report.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/** Puts every image (charts, embedded pictures) into the HTML itself, so one file is the whole report. */
final class DataUriImageHandler extends HTMLImageHandler {

	@Override
	public String onCustomImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDesignImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onDocImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onFileImage(IImage image, IReportContext context) {
		return dataUri(image);
	}

	@Override
	public String onURLImage(IImage image, IReportContext context) {
		return image.getID(); // a link the design chose; left as it is
	}

	private static String dataUri(IImage image) {
		String mime = image.getMimeType() != null ? image.getMimeType() : "image/png";
		return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(image.getImageData());
	}
}
