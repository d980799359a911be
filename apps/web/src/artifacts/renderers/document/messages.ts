/** The PDF and Word previews' words, in English and Spanish. */
export const en = {
  documentViewer: {
    toolbar: "Document tools",
    previous: "Previous page",
    next: "Next page",
    page: "Page",
    pageCount: "of {{count}}",
    pageStatus: "Page {{page}} of {{count}}",
    pageView:
      "Page {{page}} of {{count}}. Arrow keys or Page Up and Page Down change the page; + and − zoom.",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    zoomReset: "Fit to width",
    zoomLevel: "Zoom {{percent}}",
    pdfFailed: "This PDF could not be opened: {{reason}}",
    pageFailed: "This page could not be drawn: {{reason}}",
    docxFailed: "This Word document could not be opened: {{reason}}",
    docxLabel: "Word document",
  },
};

export const es: typeof en = {
  documentViewer: {
    toolbar: "Herramientas del documento",
    previous: "Página anterior",
    next: "Página siguiente",
    page: "Página",
    pageCount: "de {{count}}",
    pageStatus: "Página {{page}} de {{count}}",
    pageView:
      "Página {{page}} de {{count}}. Las flechas o Re Pág y Av Pág cambian de página; + y − cambian el zoom.",
    zoomIn: "Acercar",
    zoomOut: "Alejar",
    zoomReset: "Ajustar al ancho",
    zoomLevel: "Zoom {{percent}}",
    pdfFailed: "No se pudo abrir este PDF: {{reason}}",
    pageFailed: "No se pudo dibujar esta página: {{reason}}",
    docxFailed: "No se pudo abrir este documento de Word: {{reason}}",
    docxLabel: "Documento de Word",
  },
};
