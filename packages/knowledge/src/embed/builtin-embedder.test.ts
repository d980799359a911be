import { describe, expect, it } from "vitest";
import { builtinEmbedder } from "./builtin-embedder.ts";

// Each pair: a passage as a document would say it, and a question as a person would ask it.
const pairs: [string, string][] = [
  [
    "To reset a forgotten password, open the sign-in page and choose 'Forgot password'.",
    "How do I reset my password if I forgot it?",
  ],
  [
    "Invoices are sent by email on the first business day of each month.",
    "When does the monthly invoice get emailed?",
  ],
  [
    "The warehouse in Rotterdam ships orders to customers across Europe within two days.",
    "Which warehouse ships European orders?",
  ],
  [
    "Employees accrue twenty-five days of paid vacation per calendar year.",
    "How many vacation days do employees get each year?",
  ],
  [
    "The quarterly revenue grew by twelve percent compared with the previous quarter.",
    "How much did revenue grow this quarter?",
  ],
  [
    "Backups of the database run every night at 2 a.m. and are kept for thirty days.",
    "How long are the nightly database backups retained?",
  ],
  [
    "Para solicitar un reembolso, el cliente debe presentar la factura original en la tienda.",
    "¿Qué necesito para pedir el reembolso de una compra?",
  ],
  [
    "La oficina central está en Madrid y abre de lunes a viernes de nueve a seis.",
    "¿Cuál es el horario de la oficina de Madrid?",
  ],
  [
    "Los empleados nuevos reciben un ordenador portátil y una tarjeta de acceso el primer día.",
    "¿Qué entregan a un empleado nuevo cuando empieza?",
  ],
  [
    "El contrato de alquiler se renueva automáticamente cada año salvo aviso por escrito.",
    "¿Se renueva solo el contrato del alquiler?",
  ],
  [
    "Las temperaturas en la costa superan los treinta grados durante el verano.",
    "¿Qué temperatura hace en verano en la costa?",
  ],
  [
    "La contraseña debe tener al menos doce caracteres e incluir un número.",
    "¿Cuántos caracteres necesita la contraseña?",
  ],
];

const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * (b[index] ?? 0), 0);

describe("builtinEmbedder", () => {
  it("gives 256-dimensional, L2-normalized, deterministic vectors", async () => {
    const [first, second] = await builtinEmbedder.embed(["Hello world", "Hello world"]);
    expect(builtinEmbedder.id).toBe("builtin-hashed-ngrams-256");
    expect(first).toHaveLength(256);
    expect(Math.hypot(...(first ?? []))).toBeCloseTo(1, 6);
    expect(second).toEqual(first);
  });

  it("folds accents and case: 'Contraseña' and 'contrasena' embed alike", async () => {
    const [accented, plain, other] = await builtinEmbedder.embed(["Contraseña", "contrasena", "tejado"]);
    expect(dot(accented ?? [], plain ?? [])).toBeCloseTo(1, 6);
    expect(dot(accented ?? [], other ?? [])).toBeLessThan(0.5);
  });

  it("finds the paraphrase's pair among the other passages for at least 10 of 12 (EN and ES)", async () => {
    const passages = await builtinEmbedder.embed(pairs.map(([passage]) => passage));
    const questions = await builtinEmbedder.embed(pairs.map(([, question]) => question));
    const hits = questions.filter((question, index) => {
      const scores = passages.map((passage) => dot(question, passage));
      return scores.indexOf(Math.max(...scores)) === index;
    }).length;
    expect(hits).toBeGreaterThanOrEqual(10);
  });

  it("stops when the signal is aborted", async () => {
    await expect(builtinEmbedder.embed(["text"], AbortSignal.abort())).rejects.toThrow();
  });
});
