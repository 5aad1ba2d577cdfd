-- AlterTable
ALTER TABLE "answer" ADD COLUMN     "confirmedAt" TIMESTAMP(3),
ADD COLUMN     "provenance" TEXT NOT NULL DEFAULT 'country',
ADD COLUMN     "sourceAccessedOn" TEXT,
ADD COLUMN     "sourceExcerpt" TEXT,
ADD COLUMN     "sourceTitle" TEXT,
ADD COLUMN     "sourceUrl" TEXT;

-- AlterTable
ALTER TABLE "answer_change" ADD COLUMN     "provenance" TEXT NOT NULL DEFAULT 'country';

