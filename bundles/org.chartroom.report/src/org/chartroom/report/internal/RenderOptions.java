package org.chartroom.report.internal;

import java.io.OutputStream;

import org.chartroom.report.ReportFormat;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;

/** BIRT's render options for each output format. Charts come as PNG everywhere (no SVG plug-in needed). */
final class RenderOptions {

	private static final String RASTER_IMAGES = "PNG;GIF;JPG;BMP";
	private static final String XLSX_EMITTER = "uk.co.spudsoft.birt.emitters.excel.XlsxEmitter";

	private RenderOptions() {
	}

	static IRenderOption of(ReportFormat format, OutputStream out) {
		IRenderOption option = switch (format) {
		case HTML -> html();
		case PDF -> pdf();
		case XLSX -> xlsx();
		};
		option.setOutputStream(out);
		option.setSupportedImageFormats(RASTER_IMAGES);
		option.setOption(IRenderOption.CLOSE_OUTPUTSTREAM_ON_EXIT, Boolean.FALSE);
		return option;
	}

	private static IRenderOption html() {
		HTMLRenderOption html = new HTMLRenderOption();
		html.setOutputFormat(IRenderOption.OUTPUT_FORMAT_HTML);
		html.setEmbeddable(false);
		html.setHtmlPagination(false);
		html.setImageHandler(new DataUriImageHandler());
		return html;
	}

	private static IRenderOption pdf() {
		PDFRenderOption pdf = new PDFRenderOption();
		pdf.setOutputFormat(IRenderOption.OUTPUT_FORMAT_PDF);
		return pdf;
	}

	private static IRenderOption xlsx() {
		RenderOption xlsx = new RenderOption();
		xlsx.setOutputFormat("xlsx");
		xlsx.setEmitterID(XLSX_EMITTER);
		return xlsx;
	}
}
