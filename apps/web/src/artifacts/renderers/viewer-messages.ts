/** The words of the diagram, code, image and HTML previews, in English and Spanish. */
export const en = {
  artifactViewers: {
    zoom: {
      toolbar: "Zoom",
      zoomIn: "Zoom in",
      zoomOut: "Zoom out",
      fit: "Fit",
      fitLabel: "Fit to the panel",
      actual: "100%",
      actualLabel: "Actual size (100%)",
      level: "{{percent}}%",
      viewport: "{{title}}. Use + and − to zoom, 0 to fit, 1 for actual size, arrow keys to move.",
    },
    diagram: {
      drawing: "Drawing the diagram…",
      failed: "This diagram could not be drawn.",
      source: "The diagram's source",
      exportSvg: "Export as SVG",
      exportPng: "Export as PNG",
      image: "Diagram: {{title}}",
    },
    code: {
      toolbar: "Code tools",
      copy: "Copy the code",
      wrap: "Wrap long lines",
      plain: "plain text",
      lines_one: "{{count}} line",
      lines_other: "{{count}} lines",
    },
    image: {
      alt: "Image: {{title}}",
      size: "{{width}} × {{height}} px",
      failed: "This image could not be shown.",
    },
    html: {
      frame: "HTML preview: {{title}}",
      note: "Shown in a sandbox: its scripts do not run and it cannot load anything from the network.",
    },
  },
};

export const es: typeof en = {
  artifactViewers: {
    zoom: {
      toolbar: "Zoom",
      zoomIn: "Acercar",
      zoomOut: "Alejar",
      fit: "Ajustar",
      fitLabel: "Ajustar al panel",
      actual: "100 %",
      actualLabel: "Tamaño real (100 %)",
      level: "{{percent}} %",
      viewport:
        "{{title}}. Usa + y − para acercar o alejar, 0 para ajustar, 1 para el tamaño real y las flechas para moverte.",
    },
    diagram: {
      drawing: "Dibujando el diagrama…",
      failed: "No se pudo dibujar este diagrama.",
      source: "El código del diagrama",
      exportSvg: "Exportar como SVG",
      exportPng: "Exportar como PNG",
      image: "Diagrama: {{title}}",
    },
    code: {
      toolbar: "Herramientas del código",
      copy: "Copiar el código",
      wrap: "Ajustar las líneas largas",
      plain: "texto sin formato",
      lines_one: "{{count}} línea",
      lines_other: "{{count}} líneas",
    },
    image: {
      alt: "Imagen: {{title}}",
      size: "{{width}} × {{height}} px",
      failed: "No se pudo mostrar esta imagen.",
    },
    html: {
      frame: "Vista previa HTML: {{title}}",
      note: "Se muestra aislada: sus scripts no se ejecutan y no puede cargar nada de la red.",
    },
  },
};
