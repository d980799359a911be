/** The integrations screen's words. Field labels are keyed by the schema's property name. */
export const en = {
  listHeading: "Available integrations",
  none: "No integrations are available.",
  descriptions: {
    jira: "Create and search Jira Cloud issues.",
    slack: "Post messages to Slack channels.",
  } as Record<string, string>,
  connected: "Connected",
  notConnected: "Not connected",
  credentialsSaved: "Credentials saved",
  lastTestOk: "Last test passed",
  lastTestFailed: "Last test failed",
  tools: "Tools it brings: {{tools}}",
  connect: "Connect",
  connectNamed: "Connect {{name}}",
  connectHeading: "Connect {{name}}",
  change: "Change settings",
  changeNamed: "Change the settings of {{name}}",
  changeHeading: "Settings of {{name}}",
  save: "Save and connect",
  saved: "{{name}} is connected. Its credentials are saved and will not be shown again.",
  credentialsHint:
    "Credentials are stored encrypted and never shown again. To change a setting, enter them once more.",
  test: "Test connection",
  testNamed: "Test the connection to {{name}}",
  testing: "Testing…",
  testOk: "The connection works: {{message}}",
  testFailed: "The connection failed: {{message}}",
  disconnect: "Disconnect",
  disconnectNamed: "Disconnect {{name}}",
  confirmDisconnect: "Disconnect {{name}} and delete its saved credentials? Its tools stop being offered.",
  disconnected: "{{name}} was disconnected and its credentials deleted.",
  fields: {
    siteUrl: { label: "Site URL", description: "Your Jira site, e.g. https://example.atlassian.net" },
    email: { label: "Account email", description: "The Atlassian account the API token belongs to" },
    defaultIssueType: { label: "Default issue type", description: "Used when a ticket names no type" },
    allowPrivateNetwork: {
      label: "Allow a private network address",
      description:
        "For a site on a private or loopback address (an on-premises proxy); leave off for the cloud",
    },
    apiBaseUrl: { label: "API base URL", description: "The Slack Web API base URL" },
    apiToken: { label: "API token", description: "An Atlassian API token" },
    botToken: { label: "Bot token", description: "A Slack bot token (xoxb-…)" },
  } as Record<string, { label: string; description: string }>,
};

export const es: typeof en = {
  listHeading: "Integraciones disponibles",
  none: "No hay integraciones disponibles.",
  descriptions: {
    jira: "Crea y busca incidencias de Jira Cloud.",
    slack: "Publica mensajes en canales de Slack.",
  },
  connected: "Conectada",
  notConnected: "Sin conectar",
  credentialsSaved: "Credenciales guardadas",
  lastTestOk: "Última prueba correcta",
  lastTestFailed: "Última prueba fallida",
  tools: "Herramientas que aporta: {{tools}}",
  connect: "Conectar",
  connectNamed: "Conectar {{name}}",
  connectHeading: "Conectar {{name}}",
  change: "Cambiar la configuración",
  changeNamed: "Cambiar la configuración de {{name}}",
  changeHeading: "Configuración de {{name}}",
  save: "Guardar y conectar",
  saved: "{{name}} está conectada. Sus credenciales se han guardado y no se volverán a mostrar.",
  credentialsHint:
    "Las credenciales se guardan cifradas y no se vuelven a mostrar. Para cambiar un ajuste, escríbelas de nuevo.",
  test: "Probar la conexión",
  testNamed: "Probar la conexión con {{name}}",
  testing: "Probando…",
  testOk: "La conexión funciona: {{message}}",
  testFailed: "La conexión falló: {{message}}",
  disconnect: "Desconectar",
  disconnectNamed: "Desconectar {{name}}",
  confirmDisconnect:
    "¿Desconectar {{name}} y borrar sus credenciales guardadas? Sus herramientas dejarán de ofrecerse.",
  disconnected: "{{name}} se desconectó y sus credenciales se borraron.",
  fields: {
    siteUrl: {
      label: "URL del sitio",
      description: "Tu sitio de Jira, p. ej. https://example.atlassian.net",
    },
    email: {
      label: "Correo de la cuenta",
      description: "La cuenta de Atlassian a la que pertenece el token",
    },
    defaultIssueType: {
      label: "Tipo de incidencia por defecto",
      description: "Se usa cuando un ticket no indica el tipo",
    },
    allowPrivateNetwork: {
      label: "Permitir una dirección de red privada",
      description:
        "Para un sitio en una dirección privada o local (un proxy en tus instalaciones); desactivado para la nube",
    },
    apiBaseUrl: { label: "URL base de la API", description: "La URL base de la API web de Slack" },
    apiToken: { label: "Token de API", description: "Un token de API de Atlassian" },
    botToken: { label: "Token del bot", description: "Un token de bot de Slack (xoxb-…)" },
  },
};
