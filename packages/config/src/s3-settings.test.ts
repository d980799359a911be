import { describe, expect, it } from "vitest";
import { problemsOf } from "./__fixtures__/config-problems.ts";
import { loadConfig } from "./load-config.ts";

const complete = {
  S3_BUCKET: "penny-blobs",
  S3_ACCESS_KEY_ID: "AKIAEXAMPLE",
  S3_SECRET_ACCESS_KEY: "a-secret-value",
};

describe("S3 settings", () => {
  it("leaves S3 off when no S3_* variable is set", () => {
    expect(loadConfig({}).s3).toBeUndefined();
  });

  it("fills in the region and path style a bucket setting leaves out", () => {
    expect(loadConfig(complete).s3).toEqual({
      endpoint: undefined,
      bucket: "penny-blobs",
      region: "us-east-1",
      accessKeyId: "AKIAEXAMPLE",
      secretAccessKey: "a-secret-value",
      forcePathStyle: false,
    });
  });

  it("reads a self-hosted server's full setting", () => {
    const s3 = loadConfig({
      ...complete,
      S3_ENDPOINT: "http://minio:9000",
      S3_REGION: "eu-central-1",
      S3_FORCE_PATH_STYLE: "true",
    }).s3;
    expect(s3?.endpoint).toBe("http://minio:9000");
    expect(s3?.region).toBe("eu-central-1");
    expect(s3?.forcePathStyle).toBe(true);
  });

  it.each([
    ["S3_REGION", "eu-west-1"],
    ["S3_FORCE_PATH_STYLE", "true"],
    ["S3_SECRET_ACCESS_KEY", "secret"],
    ["S3_ENDPOINT", "https://storage.example"],
  ])("refuses %s without S3_BUCKET, naming what was set", (variable, value) => {
    const problem = problemsOf({ [variable]: value }).find((candidate) => candidate.variable === "S3_BUCKET");
    expect(problem?.message).toContain(`required when any S3_* setting is set (set: ${variable})`);
  });

  it("names both keys when a bucket comes without either", () => {
    const problems = problemsOf({ S3_BUCKET: "penny-blobs" });
    expect(problems.map((problem) => problem.variable).sort()).toEqual([
      "S3_ACCESS_KEY_ID",
      "S3_SECRET_ACCESS_KEY",
    ]);
    expect(problems.every((problem) => /required when S3_BUCKET is set/.test(problem.message))).toBe(true);
  });

  it.each([
    ["S3_BUCKET", "Penny_Blobs", /S3 bucket name/],
    ["S3_BUCKET", "ab", /S3 bucket name/],
    ["S3_REGION", "EU West", /region name/],
    ["S3_FORCE_PATH_STYLE", "sometimes", /true or false/],
    ["S3_ENDPOINT", "ftp://storage", /http:\/\/ or https:\/\//],
  ])("refuses %s=%s", (variable, value, message) => {
    const problem = problemsOf({ ...complete, [variable]: value }).find(
      (candidate) => candidate.variable === variable,
    );
    expect(problem?.message).toMatch(message);
  });

  it("never echoes the secret key in a problem", () => {
    const problems = problemsOf({ S3_SECRET_ACCESS_KEY: "do-not-print-me" });
    expect(problems.map((problem) => problem.message).join(" ")).not.toContain("do-not-print-me");
  });
});
