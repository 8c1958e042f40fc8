import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { AuthProvider } from './auth/auth';
import { LoginPage } from './auth/LoginPage';
import { RegisterPage } from './auth/RegisterPage';
import { queryClient } from './lib/api';
import { adminRoutes } from './pages/admin/routes';
import { carrierRoutes } from './pages/carrier/routes';
import { customerRoutes } from './pages/customer/routes';
import { publicRoutes } from './pages/public/routes';
import { sellerRoutes } from './pages/seller/routes';
import { Layout } from './ui/Layout';

function NotFound() {
  return (
    <section className="panel empty">
      <h1>Страница не найдена</h1>
      <p>Такой страницы нет. Начните с каталога.</p>
      <Link className="btn btn-primary" to="/">
        В каталог
      </Link>
    </section>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route path="login" element={<LoginPage />} />
              <Route path="register" element={<RegisterPage />} />
              {publicRoutes}
              {customerRoutes}
              {sellerRoutes}
              {carrierRoutes}
              {adminRoutes}
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </QueryClientProvider>
  );
}
