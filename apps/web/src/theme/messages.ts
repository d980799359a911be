/** The tenant theme's words outside the admin console, under `tenantTheme.` in both locale files. */
export const en = {
  tenantTheme: { logoAlt: "{{tenant}} logo", signInLogoAlt: "Your organization's logo" },
};

export const es: typeof en = {
  tenantTheme: { logoAlt: "Logotipo de {{tenant}}", signInLogoAlt: "Logotipo de tu organización" },
};
