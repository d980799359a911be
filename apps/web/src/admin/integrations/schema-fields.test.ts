import { describe, expect, it } from "vitest";
import { bodyValues, initialValues, schemaFields } from "./schema-fields.ts";

// The shape `GET /v1/integrations` returns for Jira (zod's JSON Schema, io: "input").
const config = {
  type: "object",
  properties: {
    siteUrl: { type: "string", maxLength: 500, format: "uri", description: "Your Jira site" },
    email: { type: "string", format: "email" },
    defaultIssueType: { default: "Task", type: "string" },
    allowPrivateNetwork: { default: false, type: "boolean" },
    labels: { type: "array", items: { type: "string" } },
  },
  required: ["siteUrl", "email"],
};
const credentials = { type: "object", properties: { apiToken: { type: "string" } }, required: ["apiToken"] };

describe("schemaFields", () => {
  it("turns string formats into url, email and text inputs, credentials into secrets, and skips other types", () => {
    const fields = schemaFields(config, false);
    expect(fields.map((field) => [field.name, field.kind, field.required])).toEqual([
      ["siteUrl", "url", true],
      ["email", "email", true],
      ["defaultIssueType", "text", false],
      ["allowPrivateNetwork", "boolean", false],
    ]);
    expect(fields[0]).toMatchObject({ description: "Your Jira site", maxLength: 500 });
    expect(schemaFields(credentials, true)).toEqual([
      expect.objectContaining({ name: "apiToken", kind: "secret" }),
    ]);
  });

  it("starts from saved settings or defaults, never a secret, and leaves empty optional text to the server", () => {
    const fields = [...schemaFields(config, false), ...schemaFields(credentials, true)];
    const values = initialValues(fields, { siteUrl: "https://acme.atlassian.net", apiToken: "leaked?" });
    expect(values).toEqual({
      siteUrl: "https://acme.atlassian.net",
      email: "",
      defaultIssueType: "Task",
      allowPrivateNetwork: false,
      apiToken: "",
    });
    expect(
      bodyValues(fields, { ...values, email: " a@b.co ", defaultIssueType: " ", apiToken: " t " }),
    ).toEqual({
      siteUrl: "https://acme.atlassian.net",
      email: "a@b.co",
      allowPrivateNetwork: false,
      apiToken: " t ",
    });
  });
});
