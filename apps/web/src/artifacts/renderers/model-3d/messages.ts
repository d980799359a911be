/** The 3D model preview's words, in English and Spanish. */
export const en = {
  modelViewer: {
    toolbar: "3D view tools",
    view: "3D view of {{title}}. Drag or use the arrow keys to turn it, the wheel or + and − to zoom, 0 to reset.",
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    reset: "Reset the view",
    noWebGl:
      "This browser cannot draw 3D models here (WebGL is turned off or not available). Download the file to open it in a 3D viewer.",
    failed: "This model could not be read: {{reason}}",
  },
};

export const es: typeof en = {
  modelViewer: {
    toolbar: "Herramientas de la vista 3D",
    view: "Vista 3D de {{title}}. Arrastre o use las flechas para girarla, la rueda o + y − para el zoom, 0 para restablecerla.",
    zoomIn: "Acercar",
    zoomOut: "Alejar",
    reset: "Restablecer la vista",
    noWebGl:
      "Este navegador no puede dibujar modelos 3D aquí (WebGL está desactivado o no disponible). Descargue el archivo para abrirlo en un visor 3D.",
    failed: "No se pudo leer este modelo: {{reason}}",
  },
};
