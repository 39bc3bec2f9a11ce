package dev.bahi.platform.runtime.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.RuleViolations;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.runtime.axon.ProjectionRebuilding;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every failure once to RFC 9457 problem details with a stable {@code code}: rule violations 400,
 * unknown resources (including another shop's) 404, state conflicts 409; nothing internal leaks.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, e.code(), e.field(), e.getMessage());
        if (e instanceof RuleViolations many) {
            problem.setProperty("errors", many.violations());
        }
        return respond(problem);
    }

    @ExceptionHandler(StateConflict.class)
    ResponseEntity<ProblemDetail> stateConflict(StateConflict e) {
        return respond(Problems.of(HttpStatus.CONFLICT, e.code(), null, e.getMessage()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, e.code(), null, e.getMessage()));
    }

    @ExceptionHandler(AccessRefused.class)
    ResponseEntity<ProblemDetail> accessRefused(AccessRefused e) {
        HttpStatus status = switch (e.kind()) {
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case LOCKED -> HttpStatus.LOCKED;
        };
        return respond(Problems.of(status, e.code(), null, e.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "NOT_FOUND", null, "no such resource"));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrency(RuntimeException e) {
        return respond(Problems.of(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", null,
                "the resource was changed at the same time; try again"));
    }

    /**
     * Commands and queries travel through Axon; a failure raised in a handler may arrive wrapped
     * (command/query execution exceptions, completion exceptions). The first known cause decides the answer.
     */
    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class, CompletionException.class,
            ExecutionException.class})
    ResponseEntity<ProblemDetail> wrapped(Exception e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation v) {
                return ruleViolation(v);
            }
            if (cause instanceof StateConflict c) {
                return stateConflict(c);
            }
            if (cause instanceof NotFound n) {
                return notFound(n);
            }
            if (cause instanceof AccessRefused r) {
                return accessRefused(r);
            }
            if (cause instanceof AggregateNotFoundException a) {
                return aggregateNotFound(a);
            }
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return concurrency((RuntimeException) cause);
            }
            if (cause instanceof ProjectionRebuilding r) {
                return rebuilding(r);
            }
        }
        return unexpected(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", null, "your role may not do this"));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        var first = e.getConstraintViolations().iterator().next();
        String path = first.getPropertyPath().toString();
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", field, field + " " + first.getMessage()));
    }

    @ExceptionHandler(ProjectionRebuilding.class)
    ResponseEntity<ProblemDetail> rebuilding(ProjectionRebuilding e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "PROJECTION_REBUILDING", null,
                e.getMessage());
        problem.setProperty("processingGroup", e.processingGroup());
        if (e.percent() != null) {
            problem.setProperty("percent", e.percent());
        }
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null,
                "something went wrong on our side; nothing was changed by a failed request"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors();
        FieldError first = errors.isEmpty() ? null : errors.get(0);
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                first == null ? null : first.getField(),
                first == null ? "request is not valid" : first.getField() + " " + first.getDefaultMessage());
        problem.setProperty("errors", errors.stream()
                .map(f -> Map.of("field", f.getField(), "detail", String.valueOf(f.getDefaultMessage())))
                .collect(Collectors.toList()));
        return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var result = e.getParameterValidationResults().isEmpty() ? null : e.getParameterValidationResults().get(0);
        String field = result == null ? null : result.getMethodParameter().getParameterName();
        String message = result == null || result.getResolvableErrors().isEmpty()
                ? "is not valid" : result.getResolvableErrors().get(0).getDefaultMessage();
        return new ResponseEntity<>(Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", field, field + " " + message),
                problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        ProblemDetail problem;
        if (cause instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            problem = Problems.of(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", field, "unknown field '" + field + "'");
        } else if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
            String field = path((JsonMappingException) cause);
            problem = Problems.of(HttpStatus.BAD_REQUEST, "INVALID_VALUE", field.isEmpty() ? null : field,
                    field.isEmpty() ? "request body has the wrong shape" : "'" + field + "' has a value of the wrong type");
        } else if (cause instanceof JsonMappingException m && m.getCause() instanceof RuleViolation v) {
            problem = Problems.of(HttpStatus.BAD_REQUEST, v.code(), path(m), v.getMessage());
        } else {
            problem = Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", null, "request body is not valid JSON");
        }
        return new ResponseEntity<>(problem, problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return new ResponseEntity<>(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_VALUE", field,
                "'" + field + "' has a value of the wrong type"), problemHeaders(), HttpStatus.BAD_REQUEST);
    }

    /** Spring MVC's own failures (405, 415, missing parameters, ...) keep their status and gain a code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        String detail = e instanceof ErrorResponse er && er.getBody().getDetail() != null
                ? er.getBody().getDetail() : status.getReasonPhrase();
        String field = e instanceof org.springframework.web.bind.MissingServletRequestParameterException m
                ? m.getParameterName() : null;
        ProblemDetail problem = Problems.of(status, status.name(), field, detail);
        HttpHeaders merged = new HttpHeaders();
        if (headers != null) {
            merged.putAll(headers);
        }
        merged.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(problem, merged, status);
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
