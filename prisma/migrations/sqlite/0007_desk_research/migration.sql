-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_answer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "comment" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "carriedForward" BOOLEAN NOT NULL DEFAULT false,
    "provenance" TEXT NOT NULL DEFAULT 'country',
    "sourceUrl" TEXT,
    "sourceTitle" TEXT,
    "sourceAccessedOn" TEXT,
    "sourceExcerpt" TEXT,
    "confirmedAt" DATETIME,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "answer_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_answer" ("assessmentId", "carriedForward", "comment", "createdAt", "id", "questionId", "revision", "updatedAt", "updatedById", "value") SELECT "assessmentId", "carriedForward", "comment", "createdAt", "id", "questionId", "revision", "updatedAt", "updatedById", "value" FROM "answer";
DROP TABLE "answer";
ALTER TABLE "new_answer" RENAME TO "answer";
CREATE UNIQUE INDEX "answer_assessmentId_questionId_key" ON "answer"("assessmentId", "questionId");
CREATE TABLE "new_answer_change" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "oldValue" TEXT,
    "newValue" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "provenance" TEXT NOT NULL DEFAULT 'country',
    "changedById" TEXT,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "answer_change_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_answer_change" ("assessmentId", "changedAt", "changedById", "id", "newValue", "oldValue", "questionId", "revision") SELECT "assessmentId", "changedAt", "changedById", "id", "newValue", "oldValue", "questionId", "revision" FROM "answer_change";
DROP TABLE "answer_change";
ALTER TABLE "new_answer_change" RENAME TO "answer_change";
CREATE INDEX "answer_change_assessmentId_questionId_idx" ON "answer_change"("assessmentId", "questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

