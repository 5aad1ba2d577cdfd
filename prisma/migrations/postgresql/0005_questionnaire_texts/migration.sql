-- AlterTable
ALTER TABLE "questionnaire_version" ADD COLUMN     "hashScheme" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "textHash" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "questionnaire_text" (
    "id" TEXT NOT NULL,
    "questionnaireVersionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "textHash" TEXT NOT NULL,
    "fileTextHash" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "translated" INTEGER NOT NULL,
    "total" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "questionnaire_text_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_text_questionnaireVersionId_language_key" ON "questionnaire_text"("questionnaireVersionId", "language");

-- AddForeignKey
ALTER TABLE "questionnaire_text" ADD CONSTRAINT "questionnaire_text_questionnaireVersionId_fkey" FOREIGN KEY ("questionnaireVersionId") REFERENCES "questionnaire_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

