import { defineMessages } from "./define";

export const accountMessages = defineMessages(
  {
    "login.title": "Anmelden",
    "login.email": "E-Mail",
    "login.password": "Passwort",
    "login.submit": "Anmelden",
    "login.forgot": "Passwort vergessen?",
    "login.invalid": "E-Mail oder Passwort ist falsch.",
    "login.limited": "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {minutes} Minuten erneut.",
    "login.demoTitle": "Demo-Zugänge",
    "login.demoIntro": "Diese Instanz läuft mit Demodaten. Alle Demo-Zugänge haben das Passwort {password}.",
    "account.passwordTooShort": "Das Passwort muss mindestens 10 Zeichen lang sein.",
  },
  {
    "login.title": "Sign in",
    "login.email": "Email",
    "login.password": "Password",
    "login.submit": "Sign in",
    "login.forgot": "Forgot your password?",
    "login.invalid": "Email or password is wrong.",
    "login.limited": "Too many failed sign-in attempts. Please try again in {minutes} minutes.",
    "login.demoTitle": "Demo accounts",
    "login.demoIntro": "This instance runs demo data. All demo accounts use the password {password}.",
    "account.passwordTooShort": "The password must be at least 10 characters long.",
  },
);
