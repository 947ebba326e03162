// The few parts of multer (Medusa's own multipart parser, installed with @medusajs/medusa) that the photo
// routes use; the package ships no types.
declare module "multer" {
  import type { RequestHandler } from "express";

  namespace multer {
    interface File {
      fieldname: string;
      originalname: string;
      mimetype: string;
      size: number;
      buffer: Buffer;
    }
    interface Limits {
      fieldNameSize?: number;
      fieldSize?: number;
      fields?: number;
      fileSize?: number;
      files?: number;
      parts?: number;
      headerPairs?: number;
    }
    interface StorageEngine {
      _handleFile: unknown;
      _removeFile: unknown;
    }
    interface Options {
      storage?: StorageEngine;
      limits?: Limits;
    }
    interface Multer {
      single(fieldName: string): RequestHandler;
    }
    function memoryStorage(): StorageEngine;
    class MulterError extends Error {
      code: string;
      field?: string;
    }
  }

  function multer(options?: multer.Options): multer.Multer;
  export = multer;
}
