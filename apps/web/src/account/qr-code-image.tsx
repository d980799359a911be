import { useEffect, useState } from "react";

/**
 * The QR code the server drew, as an <img> of a blob URL: the SVG markup is never put into the page's DOM, so
 * nothing in it can run or restyle the page, and the CSP's `img-src blob:` allows it.
 */
export function QrCodeImage({ svg, alt }: { svg: string; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [svg]);
  if (!url) return null;
  return <img className="account__qr" src={url} alt={alt} width={200} height={200} />;
}
