-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN "actorEmail" TEXT;
ALTER TABLE "audit_log" ADD COLUMN "actorName" TEXT;

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" DATETIME
);


-- Backfill: rows written before this migration get the actor's current name and e-mail (the best
-- record there is), and rows of the CLI (no actor) stay empty.
UPDATE "audit_log" SET
  "actorName" = (SELECT "name" FROM "user" WHERE "user"."id" = "audit_log"."actorId"),
  "actorEmail" = (SELECT "email" FROM "user" WHERE "user"."id" = "audit_log"."actorId")
WHERE "actorId" IS NOT NULL;
