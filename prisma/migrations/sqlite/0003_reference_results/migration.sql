-- CreateTable
CREATE TABLE "reference_result" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "edition" INTEGER NOT NULL,
    "iso3" TEXT NOT NULL,
    "overall" REAL NOT NULL,
    "legal" REAL NOT NULL,
    "technical" REAL NOT NULL,
    "organizational" REAL NOT NULL,
    "capacityDevelopment" REAL NOT NULL,
    "cooperation" REAL NOT NULL,
    "tier" INTEGER,
    "rank" INTEGER,
    "source" TEXT NOT NULL,
    "importedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "reference_result_iso3_idx" ON "reference_result"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "reference_result_edition_iso3_key" ON "reference_result"("edition", "iso3");

