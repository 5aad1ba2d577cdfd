// The real root layout is app/[locale]/layout.tsx (it owns <html lang dir>).
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
