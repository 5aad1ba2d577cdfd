import { withApiHeaders } from "@/lib/server/entry/api-headers";
import { boundedAuthRequest } from "@/lib/server/entry/bounded-auth-request";
import { toActionError } from "@/lib/server/entry/to-action-error";
import { auth } from "@/lib/server/auth";

/** better-auth reads bodies whole: it gets one bounded, checked copy (413/400/415 before it runs). */
async function handler(request: Request): Promise<Response> {
  let bounded: Request;
  try {
    bounded = await boundedAuthRequest(request);
  } catch (error) {
    const { status, ...rest } = toActionError(error);
    return withApiHeaders(Response.json({ error: rest }, { status }));
  }
  return withApiHeaders(await auth().handler(bounded));
}
export { handler as GET, handler as POST };
