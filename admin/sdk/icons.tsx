import type { SVGProps } from "react";

/** Icons for sidebar items and widgets (named as Medusa's @medusajs/icons, drawn here: no icon font, no CDN). */
const icon = (path: string) =>
  function Icon(props: SVGProps<SVGSVGElement>) {
    return (
      <svg width="15" height="15" viewBox="0 0 15 15" fill="none" aria-hidden="true" {...props}>
        <path d={path} stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    );
  };

export const ChatBubbleLeftRight = icon("M2 3.5h8v5H5l-3 2v-7zM10 5.5h3v5l-2-1.5H7v-1");
export const Tag = icon("M2 2h5l6 6-5 5-6-6V2zM4.5 4.5h.01");
export const Buildings = icon("M2 13V3h6v10M8 6h5v7M4 5h2M4 8h2M10 9h1");
export const Users = icon(
  "M5.5 7a2 2 0 100-4 2 2 0 000 4zM1.5 13c0-2.5 2-4 4-4s4 1.5 4 4M10 3.2a2 2 0 010 3.6M11.5 9c1.3.5 2 1.8 2 4",
);
export const Key = icon("M9.5 2a3.5 3.5 0 11-2.8 5.6L2 12.3V13h2v-1h1v-1h1l1-1");
export const Bolt = icon("M8.5 1.5L3 8.5h4l-1 5 5.5-7h-4l1-5z");
export const CogSixTooth = icon(
  "M7.5 9.5a2 2 0 100-4 2 2 0 000 4zM7.5 1.5v2M7.5 11.5v2M1.5 7.5h2M11.5 7.5h2M3.3 3.3l1.4 1.4M10.3 10.3l1.4 1.4M3.3 11.7l1.4-1.4M10.3 4.7l1.4-1.4",
);
export const Globe = icon(
  "M7.5 13.5a6 6 0 100-12 6 6 0 000 12zM1.5 7.5h12M7.5 1.5c2 2 2 10 0 12M7.5 1.5c-2 2-2 10 0 12",
);
export const ArchiveBox = icon("M1.5 2.5h12v3h-12zM2.5 5.5v7h10v-7M6 8h3");
export const ShoppingCart = icon("M1.5 1.5h2l1.5 8h7l1.5-6H4M6 13h.01M11 13h.01");
export const SquaresPlus = icon("M2 2h4v4H2zM9 2h4v4H9zM2 9h4v4H2zM11 9v4M9 11h4");
export const FolderOpen = icon("M1.5 3.5h4l1 1.5h6v2M1.5 3.5v9h10l2-5.5h-10l-2 5.5");
export const CurrencyDollar = icon(
  "M7.5 1.5v12M10 4.5c-.5-1-1.5-1.5-2.5-1.5C6 3 5 3.8 5 5s1 1.6 2.5 2S10 8 10 9.5 9 12 7.5 12 5.5 11.5 5 10.5",
);
export const ReceiptPercent = icon(
  "M3 1.5h9v12l-1.5-1-1.5 1-1.5-1-1.5 1-1.5-1-1.5 1v-12zM5.5 9.5l4-4M5.5 5.5h.01M9.5 9.5h.01",
);
export const Megaphone = icon("M2 6v3h2l5 3V3L4 6H2zM4 9l1 4h1.5l-.5-3.5M11 5.5c.7.5.7 3.5 0 4");
export const UserGroup = icon(
  "M7.5 6.5a2 2 0 100-4 2 2 0 000 4zM3.5 13c0-2.2 1.8-4 4-4s4 1.8 4 4M3 6.5a1.5 1.5 0 110-3M12 6.5a1.5 1.5 0 100-3M1 11c0-1.5.8-2.5 2-2.8M14 11c0-1.5-.8-2.5-2-2.8",
);
