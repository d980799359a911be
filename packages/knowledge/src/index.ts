// The knowledge package: extraction, chunking and embedding (library), ingestion and retrieval (database).
export {};
