/** The tenant switcher's words. */
export const en = {
  tenants: {
    label: "Organization",
    switching: "Switching to {{name}}…",
  },
};

export const es: typeof en = {
  tenants: {
    label: "Organización",
    switching: "Cambiando a {{name}}…",
  },
};
