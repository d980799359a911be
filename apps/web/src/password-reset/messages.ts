/** The forgotten-password pages' words. */
export const en = {
  passwordReset: {
    forgotLink: "Forgot password?",
    requestTitle: "Reset your password",
    requestLead:
      "Enter the email you sign in with. If it has an account, we'll mail it a link to choose a new password.",
    email: "Email",
    send: "Send reset link",
    sending: "Sending…",
    sent: "If an account uses this address, a link to reset its password is on its way. It works once, for 60 minutes.",
    backToSignIn: "Back to sign in",
    resetTitle: "Choose a new password",
    resetLead: "At least 12 characters. Every browser signed in to your account will be signed out.",
    newPassword: "New password",
    repeatPassword: "Repeat the new password",
    mismatch: "The two passwords are not the same.",
    save: "Save new password",
    saving: "Saving…",
    done: "Your password is changed. Sign in with the new one.",
    signIn: "Sign in",
  },
};

export const es: typeof en = {
  passwordReset: {
    forgotLink: "¿Has olvidado la contraseña?",
    requestTitle: "Restablece tu contraseña",
    requestLead:
      "Escribe el correo con el que inicias sesión. Si tiene una cuenta, le enviaremos un enlace para elegir una contraseña nueva.",
    email: "Correo electrónico",
    send: "Enviar el enlace",
    sending: "Enviando…",
    sent: "Si alguna cuenta usa esta dirección, le hemos enviado un enlace para restablecer la contraseña. Funciona una vez, durante 60 minutos.",
    backToSignIn: "Volver a iniciar sesión",
    resetTitle: "Elige una contraseña nueva",
    resetLead: "Al menos 12 caracteres. Se cerrará la sesión en todos los navegadores con tu cuenta.",
    newPassword: "Contraseña nueva",
    repeatPassword: "Repite la contraseña nueva",
    mismatch: "Las dos contraseñas no coinciden.",
    save: "Guardar la contraseña nueva",
    saving: "Guardando…",
    done: "Tu contraseña ha cambiado. Inicia sesión con la nueva.",
    signIn: "Iniciar sesión",
  },
};
