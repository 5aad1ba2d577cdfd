-- CreateTable
CREATE TABLE "questionnaire_text" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionnaireVersionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "textHash" TEXT NOT NULL,
    "fileTextHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "translated" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "questionnaire_text_questionnaireVersionId_fkey" FOREIGN KEY ("questionnaireVersionId") REFERENCES "questionnaire_version" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_questionnaire_version" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionnaireId" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "hashScheme" INTEGER NOT NULL DEFAULT 1,
    "textHash" TEXT NOT NULL DEFAULT '',
    "content" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "indicatorCount" INTEGER NOT NULL,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_questionnaire_version" ("content", "createdAt", "hash", "id", "indicatorCount", "publishedAt", "questionCount", "questionnaireId", "status", "title", "updatedAt", "version") SELECT "content", "createdAt", "hash", "id", "indicatorCount", "publishedAt", "questionCount", "questionnaireId", "status", "title", "updatedAt", "version" FROM "questionnaire_version";
DROP TABLE "questionnaire_version";
ALTER TABLE "new_questionnaire_version" RENAME TO "questionnaire_version";
CREATE UNIQUE INDEX "questionnaire_version_questionnaireId_version_key" ON "questionnaire_version"("questionnaireId", "version");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_text_questionnaireVersionId_language_key" ON "questionnaire_text"("questionnaireVersionId", "language");

