import { en as auditEn, es as auditEs } from "./audit/messages.ts";
import { en as datasourcesEn, es as datasourcesEs } from "./datasources/messages.ts";
import { en as grantsEn, es as grantsEs } from "./grants/messages.ts";
import { en as groupsEn, es as groupsEs } from "./groups/messages.ts";
import { en as instructionsEn, es as instructionsEs } from "./instructions/messages.ts";
import { en as integrationsEn, es as integrationsEs } from "./integrations/messages.ts";
import { en as membersEn, es as membersEs } from "./members/messages.ts";
import { en as modelsEn, es as modelsEs } from "./models/messages.ts";
import { en as signInEn, es as signInEs } from "./sign-in/messages.ts";
import { en as themesEn, es as themesEs } from "./themes/messages.ts";
import { en as twoFactorEn, es as twoFactorEs } from "./two-factor/messages.ts";

/** The admin console's words, under `admin.` in both locale files. */
export const en = {
  open: "Admin console",
  title: "Admin console",
  brand: "Admin",
  lead: "Manage {{tenant}}: who is in it, which models and tools answer, what they are told and what happened.",
  home: "Overview",
  navigation: "Console sections",
  skipToContent: "Skip to the console's content",
  backToWorkbench: "Back to the workbench",
  loading: "Loading…",
  saving: "Saving…",
  saved: "Saved.",
  actions: "Actions",
  edit: "Edit",
  editNamed: "Edit {{name}}",
  delete: "Delete",
  deleteNamed: "Delete {{name}}",
  close: "Close",
  enabled: "Enabled",
  disabled: "Disabled",
  enable: "Enable",
  disable: "Disable",
  enabledDone: "{{name}} is enabled.",
  disabledDone: "{{name}} is disabled; it is no longer offered.",
  deleted: "{{name}} was deleted.",
  notAllowed: {
    title: "Not allowed",
    body: "The admin console is for this organization's admins and managers. Ask an admin if you need access.",
  },
  sections: {
    members: { title: "Members and invites", description: "Invite people, change roles, remove members." },
    groups: {
      title: "Groups",
      description: "Gather people into groups, to give tools and data to several at once.",
    },
    "sign-in": {
      title: "Sign-in providers",
      description:
        "Let people sign in with your identity provider: OpenID Connect, Google, Entra ID or GitHub.",
    },
    "two-factor": {
      title: "Two-factor authentication",
      description: "Require a second factor (an authenticator app) at sign-in for every member.",
    },
    models: {
      title: "Model providers",
      description: "Connect OpenAI, Anthropic, Google or your own server; choose the default model.",
    },
    integrations: {
      title: "Integrations",
      description: "Connect Jira, Slack and other services, so their tools can be offered.",
    },
    datasources: {
      title: "Datasources",
      description:
        "Connect a PostgreSQL database or uploaded tables, so the assistant can query them read-only.",
    },
    grants: {
      title: "Tool and data access",
      description: "Allow or deny a tool or data source to a role, a group or one person.",
    },
    instructions: {
      title: "Instructions and privacy",
      description: "The system prompt, prompt templates, and what personal data may leave or be shown.",
    },
    audit: {
      title: "Audit log",
      description: "Who did what and when, in a tamper-evident log you can verify and export.",
    },
    themes: {
      title: "Theme",
      description: "Your logo, brand colours, font and corners, previewed live before you save.",
    },
  },
  members: membersEn,
  groups: groupsEn,
  signIn: signInEn,
  models: modelsEn,
  integrations: integrationsEn,
  datasources: datasourcesEn,
  grants: grantsEn,
  twoFactor: twoFactorEn,
  instructions: instructionsEn,
  audit: auditEn,
  themes: themesEn,
};

export const es: typeof en = {
  open: "Consola de administración",
  title: "Consola de administración",
  brand: "Administración",
  lead: "Gestiona {{tenant}}: quién está dentro, qué modelos y herramientas responden, qué se les indica y qué ha pasado.",
  home: "Resumen",
  navigation: "Secciones de la consola",
  skipToContent: "Ir al contenido de la consola",
  backToWorkbench: "Volver al espacio de trabajo",
  loading: "Cargando…",
  saving: "Guardando…",
  saved: "Guardado.",
  actions: "Acciones",
  edit: "Editar",
  editNamed: "Editar {{name}}",
  delete: "Eliminar",
  deleteNamed: "Eliminar {{name}}",
  close: "Cerrar",
  enabled: "Activado",
  disabled: "Desactivado",
  enable: "Activar",
  disable: "Desactivar",
  enabledDone: "{{name}} está activado.",
  disabledDone: "{{name}} está desactivado; ya no se ofrece.",
  deleted: "Se eliminó {{name}}.",
  notAllowed: {
    title: "No permitido",
    body: "La consola de administración es para los administradores y responsables de esta organización. Pide acceso a un administrador si lo necesitas.",
  },
  sections: {
    members: {
      title: "Miembros e invitaciones",
      description: "Invita a personas, cambia roles y quita miembros.",
    },
    groups: {
      title: "Grupos",
      description: "Reúne a personas en grupos para dar herramientas y datos a varias a la vez.",
    },
    "sign-in": {
      title: "Proveedores de acceso",
      description: "Deja entrar con tu proveedor de identidad: OpenID Connect, Google, Entra ID o GitHub.",
    },
    "two-factor": {
      title: "Verificación en dos pasos",
      description:
        "Exige un segundo factor (una aplicación de autenticación) al entrar a todos los miembros.",
    },
    models: {
      title: "Proveedores de modelos",
      description: "Conecta OpenAI, Anthropic, Google o tu propio servidor y elige el modelo predeterminado.",
    },
    integrations: {
      title: "Integraciones",
      description: "Conecta Jira, Slack y otros servicios para que se ofrezcan sus herramientas.",
    },
    datasources: {
      title: "Fuentes de datos",
      description:
        "Conecta una base de datos PostgreSQL o tablas subidas para que el asistente las consulte en solo lectura.",
    },
    grants: {
      title: "Acceso a herramientas y datos",
      description: "Permite o deniega una herramienta o fuente de datos a un rol, un grupo o una persona.",
    },
    instructions: {
      title: "Instrucciones y privacidad",
      description:
        "Las instrucciones del sistema, las plantillas y qué datos personales pueden salir o mostrarse.",
    },
    audit: {
      title: "Registro de auditoría",
      description:
        "Quién hizo qué y cuándo, en un registro a prueba de manipulación que puedes verificar y exportar.",
    },
    themes: {
      title: "Tema",
      description: "Tu logotipo, colores de marca, tipografía y esquinas, con vista previa antes de guardar.",
    },
  },
  members: membersEs,
  groups: groupsEs,
  signIn: signInEs,
  models: modelsEs,
  integrations: integrationsEs,
  datasources: datasourcesEs,
  grants: grantsEs,
  twoFactor: twoFactorEs,
  instructions: instructionsEs,
  audit: auditEs,
  themes: themesEs,
};
