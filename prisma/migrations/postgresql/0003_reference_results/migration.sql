-- CreateTable
CREATE TABLE "reference_result" (
    "id" TEXT NOT NULL,
    "edition" INTEGER NOT NULL,
    "iso3" TEXT NOT NULL,
    "overall" DOUBLE PRECISION NOT NULL,
    "legal" DOUBLE PRECISION NOT NULL,
    "technical" DOUBLE PRECISION NOT NULL,
    "organizational" DOUBLE PRECISION NOT NULL,
    "capacityDevelopment" DOUBLE PRECISION NOT NULL,
    "cooperation" DOUBLE PRECISION NOT NULL,
    "tier" INTEGER,
    "rank" INTEGER,
    "source" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reference_result_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reference_result_iso3_idx" ON "reference_result"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "reference_result_edition_iso3_key" ON "reference_result"("edition", "iso3");

