package org.cheguan.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.cheguan.shared.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A page controller's unhandled problem (an unknown id in the address, say) becomes the web shell's error page with
 * the problem's status — 404, 400, 422 — never a 500. REST controllers are answered first by {@link ApiProblemAdvice}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemAdvice {

	@ExceptionHandler(ProblemException.class)
	void problem(ProblemException ex, HttpServletResponse response) throws IOException {
		response.sendError(ex.status());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	void badAddress(MethodArgumentTypeMismatchException ex, HttpServletResponse response) throws IOException {
		response.sendError(400);
	}
}
