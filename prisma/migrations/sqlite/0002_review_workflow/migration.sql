-- AlterTable
ALTER TABLE "assessment" ADD COLUMN "signOff" TEXT;
ALTER TABLE "assessment" ADD COLUMN "signOffReason" TEXT;
ALTER TABLE "assessment" ADD COLUMN "signedOffAt" DATETIME;
ALTER TABLE "assessment" ADD COLUMN "submittedScoreJson" TEXT;

-- CreateTable
CREATE TABLE "answer_review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "adjustedValue" TEXT,
    "reason" TEXT,
    "reviewerId" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "answer_review_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "assessmentId" TEXT,
    "data" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME
);

-- CreateIndex
CREATE UNIQUE INDEX "answer_review_assessmentId_questionId_key" ON "answer_review"("assessmentId", "questionId");

-- CreateIndex
CREATE INDEX "notification_userId_readAt_idx" ON "notification"("userId", "readAt");

