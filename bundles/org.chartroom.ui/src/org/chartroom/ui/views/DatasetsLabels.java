package org.chartroom.ui.views;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

import org.chartroom.ui.views.DatasetNode.Placeholder;
import org.eclipse.jface.preference.JFacePreferences;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The texts, icons and tool tips of the datasets tree. Row counts are grouped the way the
 * person's locale writes numbers ({@code 758,355} in English).
 */
final class DatasetsLabels {

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());
	private final NumberFormat rows = NumberFormat.getIntegerInstance();
	private final Image datasetIcon;
	private final Image tableIcon;

	DatasetsLabels() {
		datasetIcon = icon("icons/dataset.png");
		tableIcon = icon("icons/datasets.png");
	}

	ColumnLabelProvider name() {
		return new Column(element -> switch (element) {
		case DatasetNode node -> node.name();
		case TableRow table -> table.info().name();
		case Placeholder placeholder -> placeholder.text();
		case FolderNode folder -> folder.name();
		case FolderNode.ItemRow item -> item.name();
		default -> "";
		}) {
			@Override
			public Image getImage(Object element) {
				return switch (element) {
				case DatasetNode node -> datasetIcon;
				case TableRow table -> tableIcon;
				case FolderNode folder -> shared(ISharedImages.IMG_OBJ_FOLDER);
				case FolderNode.ItemRow item -> shared(ISharedImages.IMG_OBJ_ELEMENT);
				default -> null;
				};
			}
		};
	}

	ColumnLabelProvider sourceOrRows() {
		return new Column(element -> switch (element) {
		case DatasetNode node -> node.row().info().sourceKind();
		case TableRow table -> rows.format(table.info().rowCount());
		default -> "";
		});
	}

	ColumnLabelProvider created() {
		return new Column(element -> element instanceof DatasetNode node
				? CREATED.format(node.row().info().createdAt().atZone(ZoneId.systemDefault()))
				: "");
	}

	private static Image shared(String name) {
		return PlatformUI.getWorkbench().getSharedImages().getImage(name);
	}

	void dispose() {
		resources.dispose();
	}

	private Image icon(String path) {
		return ResourceLocator.imageDescriptorFromBundle(DatasetsLabels.class, path)
				.map(resources::create)
				.orElseGet(() -> resources.create(ImageDescriptor.getMissingImageDescriptor()));
	}

	private static Optional<String> toolTip(Object element) {
		return switch (element) {
		case DatasetNode node -> Optional.of(datasetToolTip(node.row()));
		case TableRow table -> Optional.of(tableToolTip(table));
		default -> Optional.empty();
		};
	}

	private static String datasetToolTip(DatasetRow row) {
		String kind = row.sourceName().orElse(row.info().sourceKind());
		String tables = row.info().tableCount() == 1 ? "1 table" : row.info().tableCount() + " tables";
		return ToolTipText.wrap(kind + ", " + tables + row.description().map(text -> "\n" + text).orElse(""));
	}

	private static String tableToolTip(TableRow table) {
		String columns = table.info().columnCount() == 1 ? "1 column" : table.info().columnCount() + " columns";
		return ToolTipText.wrap(table.description().map(text -> text + "\n").orElse("") + columns);
	}

	/** One column: its text, the row's tool tip, and placeholders greyed out. */
	private static class Column extends ColumnLabelProvider {

		private final Function<Object, String> text;

		Column(Function<Object, String> text) {
			this.text = text;
		}

		@Override
		public String getText(Object element) {
			return text.apply(element);
		}

		@Override
		public String getToolTipText(Object element) {
			return toolTip(element).orElse(null);
		}

		@Override
		public Color getForeground(Object element) {
			return element instanceof Placeholder
					? JFaceResources.getColorRegistry().get(JFacePreferences.QUALIFIER_COLOR)
					: null;
		}
	}
}
