-- Vector search where pgvector exists (PGlite always; PostgreSQL when the extension is installed). Embeddings are
-- stored as a portable real[] either way; here they get an HNSW index over a cast to vector(256), the dimension of
-- the built-in embedder. Without pgvector, search scans the portable column instead (see the README).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
    CREATE EXTENSION IF NOT EXISTS vector;
    EXECUTE 'CREATE INDEX IF NOT EXISTS chunks_embedding_256_hnsw_idx ON chunks '
      'USING hnsw ((embedding::vector(256)) vector_cosine_ops) WHERE embedding_dims = 256';
  END IF;
END
$$;
