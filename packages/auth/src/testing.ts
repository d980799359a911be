/** Test servers that speak identity providers' real wire formats, for tests of code that signs people in. */
export {
  type GithubTestDouble,
  type GithubTestUser,
  startGithubTestDouble,
} from "./oidc/__fixtures__/github-test-double.ts";
export {
  startTestIdentityProvider,
  type TestAccount,
  type TestIdentityProvider,
} from "./oidc/__fixtures__/test-identity-provider.ts";
