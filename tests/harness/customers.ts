import { artisanFetch, expectJson, uniqueSuffix } from "./artisans.ts";
import type { TestStackInfo } from "./test-stack.ts";

/** The password of the customers `customerToken` registers. */
export const CUSTOMER_PASSWORD = "mat-khau-khach";

/**
 * Registers a customer as the storefront does (identity, then the store's customer record), signs them
 * in and returns their JWT; fails unless every call answers 200.
 */
export async function customerToken(
  stack: TestStackInfo,
  email = `khach-${uniqueSuffix()}@example.test`,
): Promise<string> {
  const registered = await artisanFetch(stack, null, "/auth/customer/emailpass/register", {
    method: "POST",
    body: { email, password: CUSTOMER_PASSWORD },
  });
  const { token: registration } = await expectJson<{ token: string }>(registered, 200);
  await expectJson(
    await artisanFetch(stack, registration, "/store/customers", {
      method: "POST",
      body: { email },
      headers: { "x-publishable-api-key": stack.publishableKey },
    }),
    200,
  );
  const login = await artisanFetch(stack, null, "/auth/customer/emailpass", {
    method: "POST",
    body: { email, password: CUSTOMER_PASSWORD },
  });
  return (await expectJson<{ token: string }>(login, 200)).token;
}
