-- AlterTable
ALTER TABLE "cycle" ADD COLUMN     "publicationRule" TEXT NOT NULL DEFAULT 'consented',
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT,
ADD COLUMN     "validationDeadline" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "assessment" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'country',
ADD COLUMN     "publicConsentAt" TIMESTAMP(3),
ADD COLUMN     "publicConsentById" TEXT;

-- AlterTable
ALTER TABLE "evidence" ADD COLUMN     "isPublic" BOOLEAN NOT NULL DEFAULT false;

