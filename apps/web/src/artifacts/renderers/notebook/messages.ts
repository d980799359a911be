/** The notebook preview's words, in English and Spanish. */
export const en = {
  notebookViewer: {
    unreadable: "This notebook cannot be read.",
    empty: "This notebook has no cells.",
    markdownCell: "Text cell {{number}}",
    codeCell: "Code cell {{number}}",
    rawCell: "Raw cell {{number}}",
    input: "In [{{count}}]:",
    inputNotRun: "In [ ]:",
    output: "Out [{{count}}]:",
    image: "Image output of cell {{number}}",
    html: "HTML output of cell {{number}}, shown in a sandbox",
    svg: "SVG output of cell {{number}}, shown in a sandbox",
    notShown: "An output of type {{types}} is not shown here.",
  },
};

export const es: typeof en = {
  notebookViewer: {
    unreadable: "Este cuaderno no se puede leer.",
    empty: "Este cuaderno no tiene celdas.",
    markdownCell: "Celda de texto {{number}}",
    codeCell: "Celda de código {{number}}",
    rawCell: "Celda sin formato {{number}}",
    input: "Entrada [{{count}}]:",
    inputNotRun: "Entrada [ ]:",
    output: "Salida [{{count}}]:",
    image: "Imagen de salida de la celda {{number}}",
    html: "Salida HTML de la celda {{number}}, mostrada en un entorno aislado",
    svg: "Salida SVG de la celda {{number}}, mostrada en un entorno aislado",
    notShown: "Aquí no se muestra una salida de tipo {{types}}.",
  },
};
