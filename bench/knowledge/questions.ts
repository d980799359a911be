/**
 * The retrieval-quality question set: each question names the fixture, the page (PDF) or heading (formats without
 * pages) where the answer is, and a phrase of the extracted text at that place. The bench checks every phrase against
 * the extracted text before it measures anything, so a wrong location fails loudly instead of skewing the figures.
 */
export interface KnowledgeQuestion {
  question: string;
  language: "en" | "es";
  /** The fixture file name, as uploaded. */
  document: string;
  /** 1-based page, for paged formats. */
  page?: number;
  /** A part of the heading path, for formats without pages. */
  heading?: string;
  /** Words of the answer as they appear in the extracted text (whitespace and case are ignored). */
  evidence: string;
}

const faa = "federal-register-2020-17221.pdf";
const handbook = "chapter-13-trustee-handbook.docx";
const rfc = "rfc9111.html";
const fastify = "fastify-errors.md";
const terminal = "the-art-of-command-line.es.md";

export const knowledgeQuestions: KnowledgeQuestion[] = [
  // The FAA proposed airworthiness directive for the 737 MAX (PDF, 15 pages).
  {
    question: "What device warns 737 MAX pilots of an impending stall by vibrating the control column?",
    language: "en",
    document: faa,
    page: 2,
    evidence: "stick shaker",
  },
  {
    question: "By how many feet must the two altitudes differ before the ALT DISAGREE alert is shown?",
    language: "en",
    document: faa,
    page: 2,
    evidence: "more than 200 feet",
  },
  {
    question: "Where did the crew of Lion Air Flight 043 land after the erroneous AOA sensor failure?",
    language: "en",
    document: faa,
    page: 2,
    evidence: "planned destination airport in Jakarta",
  },
  {
    question: "How is the angle of attack defined?",
    language: "en",
    document: faa,
    page: 2,
    evidence: "meets the oncoming air",
  },
  {
    question: "How many people died in the Lion Air Flight 610 accident?",
    language: "en",
    document: faa,
    page: 2,
    evidence: "189 fatalities",
  },
  {
    question: "What does a flight control law generate?",
    language: "en",
    document: faa,
    page: 3,
    evidence: "flight control law generates commands",
  },
  {
    question: "Which checklist is used when the horizontal stabilizer moves without being commanded?",
    language: "en",
    document: faa,
    page: 4,
    evidence: "Runaway Stabilizer checklist of the AFM is used",
  },
  {
    question:
      "Which Boeing service bulletin describes the AOA sensor system test and the operational readiness flight?",
    language: "en",
    document: faa,
    page: 5,
    evidence: "737–00–1028",
  },
  {
    question: "How many work-hours does the AOA sensor system test take?",
    language: "en",
    document: faa,
    page: 6,
    evidence: "40 work-hours",
  },
  {
    question: "What does the stabilizer wiring change cost per airplane?",
    language: "en",
    document: faa,
    page: 6,
    evidence: "Up to $10,505",
  },
  {
    question: "Which FCC OPS software version must be installed on FCC A and FCC B?",
    language: "en",
    document: faa,
    page: 6,
    evidence: "P12.1.2",
  },
  {
    question:
      "Which Master Minimum Equipment List (MMEL) items do the MEL provisions of figure 10 correspond to?",
    language: "en",
    document: faa,
    page: 14,
    evidence: "(MMEL) items 22–10–01B",
  },
  {
    question: "To which email address are requests for alternative methods of compliance (AMOC) sent?",
    language: "en",
    document: faa,
    page: 15,
    evidence: "AMOC-Requests@faa.gov",
  },
  // The Chapter 13 trustee handbook (DOCX, headings only).
  {
    question: "Who fixes a standing trustee's percentage fee?",
    language: "en",
    document: handbook,
    heading: "PERCENTAGE FEE",
    evidence: "percentage fee is fixed by the Director",
  },
  {
    question: "How does the standing trustee administer the oath to a debtor?",
    language: "en",
    document: handbook,
    heading: "6. OATH",
    evidence: "raise his or her right hand",
  },
  {
    question: "What identification must each debtor present at the meeting of creditors?",
    language: "en",
    document: handbook,
    heading: "5. VERIFICATION",
    evidence: "original government-issued photo identification",
  },
  {
    question: "What happens when a debtor invokes the fifth amendment privilege against self-incrimination?",
    language: "en",
    document: handbook,
    heading: "9. INVOCATION OF FIFTH AMENDMENT",
    evidence: "fifth amendment privilege against self-incrimination",
  },
  {
    question: "Must the debtor attend the meeting of creditors even when no creditors attend?",
    language: "en",
    document: handbook,
    heading: "13. NON-ATTENDANCE BY DEBTORS",
    evidence: "This is true even if no creditors attend",
  },
  {
    question: "Who is the presiding officer at the meeting of creditors?",
    language: "en",
    document: handbook,
    heading: "1. PRESIDING OFFICER",
    evidence: "is the presiding officer at the meeting of creditors",
  },
  {
    question: "Which form does the trustee complete after a meeting where an interpreter was used?",
    language: "en",
    document: handbook,
    heading: "10. LANGUAGE INTERPRETERS",
    evidence: "Interpreter Usage Report",
  },
  // RFC 9111, HTTP Caching (HTML).
  {
    question: "What does the no-store request directive tell a cache?",
    language: "en",
    document: rfc,
    heading: "5.2.1.5. no-store",
    evidence: "MUST NOT store any part of either this request",
  },
  {
    question: "What does the Age response header field convey?",
    language: "en",
    document: rfc,
    heading: "5.1. Age",
    evidence: "estimate of the time since the response was generated",
  },
  {
    question: "What does a client mean with the only-if-cached request directive?",
    language: "en",
    document: rfc,
    heading: "5.2.1.7. only-if-cached",
    evidence: "only wishes to obtain a stored response",
  },
  {
    question: "When may a cache assign a heuristic expiration time to a response?",
    language: "en",
    document: rfc,
    heading: "4.2.2. Calculating Heuristic Freshness",
    evidence: "MAY assign a heuristic expiration time",
  },
  {
    question: "What must a cache not do with a response carrying the no-store response directive?",
    language: "en",
    document: rfc,
    heading: "5.2.2.5. no-store",
    evidence: "MUST NOT store any part of either the immediate request or the response",
  },
  // Fastify's error documentation (Markdown).
  {
    question: "Which Fastify error code means the request body is larger than the limit?",
    language: "en",
    document: fastify,
    heading: "Fastify Error Codes",
    evidence: "FST_ERR_CTP_BODY_TOO_LARGE",
  },
  {
    question: "Why are uncaught errors dangerous in Node.js production servers?",
    language: "en",
    document: fastify,
    heading: "Uncaught Errors",
    evidence: "memory leaks, file descriptor leaks",
  },
  {
    question: "How many times is the onError hook triggered when errors are thrown?",
    language: "en",
    document: fastify,
    heading: "Errors In Fastify Lifecycle Hooks And A Custom Error Handler",
    evidence: "triggered once for the first error",
  },
  {
    question: "Which error is raised when send is called inside the onError hook?",
    language: "en",
    document: fastify,
    heading: "Fastify Error Codes",
    evidence: "FST_ERR_SEND_INSIDE_ONERR",
  },
  {
    question: "How does Fastify catch uncaught errors without hurting performance?",
    language: "en",
    document: fastify,
    heading: "Catching Uncaught Errors In Fastify",
    evidence: "without hindering performance",
  },
  // The Art of Command Line, Spanish translation (Markdown).
  {
    question: "¿Qué atajo de Bash borra la última palabra?",
    language: "es",
    document: terminal,
    heading: "De uso diario",
    evidence: "para borrar la última palabra",
  },
  {
    question: "¿Cómo se busca en el historial de comandos?",
    language: "es",
    document: terminal,
    heading: "De uso diario",
    evidence: "para buscar a través del historial de comandos",
  },
  {
    question: "¿Qué herramientas ayudan cuando un programa está fallando o colgado y no sabes por qué?",
    language: "es",
    document: terminal,
    heading: "Depuración del sistema",
    evidence: "si un programa está fallando",
  },
  {
    question: "¿Cómo funciona la autenticación sin contraseña de ssh?",
    language: "es",
    document: terminal,
    heading: "Fundamentos",
    evidence: "autenticación sin contraseña",
  },
  {
    question: "¿Cómo convertir HTML a texto?",
    language: "es",
    document: terminal,
    heading: "Procesamiento de archivos y datos",
    evidence: "lynx -dump -stdin",
  },
  {
    question: "¿Qué herramienta sirve para archivos Excel o CSV?",
    language: "es",
    document: terminal,
    heading: "Procesamiento de archivos y datos",
    evidence: "csvkit",
  },
  {
    question: "¿Es poderoso xargs y cuántos elementos ejecuta por línea?",
    language: "es",
    document: terminal,
    heading: "De uso diario",
    evidence: "Es muy poderoso",
  },
];
