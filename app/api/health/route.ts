import { NextResponse } from "next/server";
import { db } from "@/lib/server/db";

export async function GET() {
  await db().country.count();
  return NextResponse.json({ status: "ok" });
}
