/** The two-factor policy screen's words. */
export const en = {
  heading: "Policy",
  switch: "Require two-factor authentication for everyone",
  consequence:
    "Members who have not set up two-factor authentication are asked to enrol with an authenticator app at their next sign-in, before they get in. Signed-in sessions are not ended.",
  askOn: "Require two-factor authentication for every member? Those without it enrol at their next sign-in.",
  askOff: "Stop requiring two-factor authentication? Members may then sign in with a password alone.",
  turnOn: "Require it",
  turnOff: "Stop requiring it",
  on: "Two-factor authentication is now required: members without it enrol at their next sign-in.",
  off: "Two-factor authentication is no longer required.",
  stateOn: "Required",
  stateOff: "Not required",
};

export const es: typeof en = {
  heading: "Política",
  switch: "Exigir la verificación en dos pasos a todo el mundo",
  consequence:
    "Los miembros que no tengan configurada la verificación en dos pasos deberán activarla con una aplicación de autenticación en su próximo inicio de sesión, antes de entrar. Las sesiones abiertas no se cierran.",
  askOn:
    "¿Exigir la verificación en dos pasos a todos los miembros? Quien no la tenga la activará en su próximo inicio de sesión.",
  askOff: "¿Dejar de exigir la verificación en dos pasos? Se podrá entrar solo con la contraseña.",
  turnOn: "Exigirla",
  turnOff: "Dejar de exigirla",
  on: "Ahora se exige la verificación en dos pasos: quien no la tenga la activará en su próximo inicio de sesión.",
  off: "Ya no se exige la verificación en dos pasos.",
  stateOn: "Exigida",
  stateOff: "No exigida",
};
