/** The invitation page's words. */
export const en = {
  invite: {
    title: "Join your team on Penny",
    titleFor: "Join {{tenant}} on Penny",
    details: "This invitation is for {{email}}, as {{role}}.",
    unknownLink: "This invitation link is not valid. Ask the person who invited you for a new one.",
    closed: {
      pending: "",
      accepted: "This invitation was already accepted. Sign in to continue.",
      revoked: "This invitation was withdrawn. Ask the person who invited you for a new one.",
      expired: "This invitation has expired. Ask the person who invited you for a new one.",
    },
    leadNew: "You were invited by email. Create your account with the address the invitation was sent to.",
    leadSignedIn: "You are signed in as {{email}}. Accept the invitation to join with this account.",
    email: "Email (the invited address)",
    name: "Your name",
    password: "Choose a password",
    create: "Create account and join",
    joining: "Joining…",
    haveAccount: "Already use Penny with this address?",
    signInToAccept: "Sign in to accept",
    accept: "Accept invitation",
    otherAccount: "Use another account",
    joinedExisting: "Done: your existing account joined as {{role}}. Sign in with your usual password.",
    joinedSignIn: "Your account is ready and joined as {{role}}. Sign in to continue.",
    signIn: "Sign in",
  },
};

export const es: typeof en = {
  invite: {
    title: "Únete a tu equipo en Penny",
    titleFor: "Únete a {{tenant}} en Penny",
    details: "Esta invitación es para {{email}}, con el rol {{role}}.",
    unknownLink: "Este enlace de invitación no es válido. Pide uno nuevo a quien te invitó.",
    closed: {
      pending: "",
      accepted: "Esta invitación ya se aceptó. Inicia sesión para continuar.",
      revoked: "Esta invitación se retiró. Pide una nueva a quien te invitó.",
      expired: "Esta invitación ha caducado. Pide una nueva a quien te invitó.",
    },
    leadNew: "Te han invitado por correo. Crea tu cuenta con la dirección a la que llegó la invitación.",
    leadSignedIn: "Has iniciado sesión como {{email}}. Acepta la invitación para unirte con esta cuenta.",
    email: "Correo electrónico (la dirección invitada)",
    name: "Tu nombre",
    password: "Elige una contraseña",
    create: "Crear la cuenta y unirme",
    joining: "Uniéndote…",
    haveAccount: "¿Ya usas Penny con esta dirección?",
    signInToAccept: "Inicia sesión para aceptar",
    accept: "Aceptar la invitación",
    otherAccount: "Usar otra cuenta",
    joinedExisting:
      "Listo: tu cuenta ya existente se ha unido como {{role}}. Inicia sesión con tu contraseña de siempre.",
    joinedSignIn: "Tu cuenta está lista y se ha unido como {{role}}. Inicia sesión para continuar.",
    signIn: "Iniciar sesión",
  },
};
