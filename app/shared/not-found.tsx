import { NotFoundMessage } from "@/components/not-found-message";

// A token the server did not sign: the 404 message inside the site's header and footer.
export default function NotFound() {
  return <NotFoundMessage />;
}
