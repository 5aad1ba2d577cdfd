-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_cycle" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "questionnaireVersionId" TEXT NOT NULL,
    "opensAt" DATETIME NOT NULL,
    "closesAt" DATETIME NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME,
    "publishedById" TEXT,
    "publicationRule" TEXT NOT NULL DEFAULT 'consented',
    "validationDeadline" DATETIME,
    CONSTRAINT "cycle_questionnaireVersionId_fkey" FOREIGN KEY ("questionnaireVersionId") REFERENCES "questionnaire_version" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_cycle" ("closesAt", "createdAt", "createdById", "id", "name", "opensAt", "questionnaireVersionId") SELECT "closesAt", "createdAt", "createdById", "id", "name", "opensAt", "questionnaireVersionId" FROM "cycle";
DROP TABLE "cycle";
ALTER TABLE "new_cycle" RENAME TO "cycle";
CREATE UNIQUE INDEX "cycle_name_key" ON "cycle"("name");
CREATE TABLE "new_assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "countryIso3" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "assigneeId" TEXT,
    "submittedAt" DATETIME,
    "validatedAt" DATETIME,
    "overallScore" REAL,
    "tier" INTEGER,
    "scoreJson" TEXT,
    "scoredHash" TEXT,
    "rulesVersion" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "submittedScoreJson" TEXT,
    "signOff" TEXT,
    "signOffReason" TEXT,
    "signedOffAt" DATETIME,
    "origin" TEXT NOT NULL DEFAULT 'country',
    "publicConsentAt" DATETIME,
    "publicConsentById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "assessment_countryIso3_fkey" FOREIGN KEY ("countryIso3") REFERENCES "country" ("iso3") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "assessment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "cycle" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_assessment" ("assigneeId", "countryIso3", "createdAt", "cycleId", "id", "isDemo", "overallScore", "rulesVersion", "scoreJson", "scoredHash", "signOff", "signOffReason", "signedOffAt", "status", "submittedAt", "submittedScoreJson", "tier", "updatedAt", "validatedAt") SELECT "assigneeId", "countryIso3", "createdAt", "cycleId", "id", "isDemo", "overallScore", "rulesVersion", "scoreJson", "scoredHash", "signOff", "signOffReason", "signedOffAt", "status", "submittedAt", "submittedScoreJson", "tier", "updatedAt", "validatedAt" FROM "assessment";
DROP TABLE "assessment";
ALTER TABLE "new_assessment" RENAME TO "assessment";
CREATE INDEX "assessment_cycleId_status_idx" ON "assessment"("cycleId", "status");
CREATE UNIQUE INDEX "assessment_countryIso3_cycleId_key" ON "assessment"("countryIso3", "cycleId");
CREATE TABLE "new_evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "url" TEXT,
    "fileName" TEXT,
    "size" INTEGER,
    "mimeType" TEXT,
    "sha256" TEXT,
    "storageKey" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" DATETIME,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "evidence_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_evidence" ("assessmentId", "createdAt", "createdById", "deletedAt", "fileName", "id", "kind", "mimeType", "questionId", "sha256", "size", "storageKey", "url") SELECT "assessmentId", "createdAt", "createdById", "deletedAt", "fileName", "id", "kind", "mimeType", "questionId", "sha256", "size", "storageKey", "url" FROM "evidence";
DROP TABLE "evidence";
ALTER TABLE "new_evidence" RENAME TO "evidence";
CREATE INDEX "evidence_assessmentId_questionId_idx" ON "evidence"("assessmentId", "questionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

